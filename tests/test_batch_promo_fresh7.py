#!/usr/bin/env python3
"""A site's short promo pitch in a script written without spaces, learned across a batch (round
7 of the fresh promo shapes): two sites of 8 pages each, Japanese and Thai; on every page the
site's pitch, a line of a sentence or two with no button that a page's own filters leave, stands
in a different place and its wording varies a little (a topic word, a day, a count). Written
without spaces, it is one or two "words": word triples (near_fingerprint.cpp) cannot tell its
copies apart from page to page, its signs can. Through the CLI's two passes the pitch must go
from all 8 pages of each site, the articles (sentences made from a small stock of phrases) must
stay whole, and a paragraph that recurs on 2 pages of a site must stay on both.

usage: test_batch_promo_fresh7.py PATH/TO/winnow
"""
import random
import sys

from batch_promo_sites import RECURRING_ON, check_sites
from batch_util import Checks

WINNOW = sys.argv[1]
c = Checks("test_batch_promo_fresh7")

SITES = {
    "minato-shinbun.example": {
        "lang": "ja",
        "subjects": "町内会|漁協の組合員|地元のパン屋|フェリーの乗組員|二人の教員|商店街の有志|救命艇の隊員|元技師の男性|"
                    "博物館の学芸員|寺の住職".split("|"),
        "verbs": "修理した|塗り直した|点検した|建て直した|測量した|撮影した|移設した|清掃した|調査した|公開した".split("|"),
        "objects": "古い防波堤|北側の岸壁|舟小屋の列|灯台の階段|魚市場の屋根|潮位計|船揚げ場|沿岸警備の小屋|港の石垣|"
                   "網干し場".split("|"),
        "tails": "冬の嵐の前に|一か月遅れて|村の基金を使って|山の木材で|祭りに間に合うように|費用の高騰にもかかわらず|"
                 "ボランティアの手を借りて|数十年ぶりに".split("|"),
        "join": "。",
        # A pitch with no button: the topic, the day and the count change from page to page.
        "box": lambda n, rng: (
            "<p>{a}の話題をもっと読みたい方へ。みなと新聞は毎週{d}に無料のメールで{a}の記事をお届けしています。"
            "いま{c}人の読者が登録中です。</p>"
        ).format(a=rng.choice(["港", "岸壁", "町内会"]),
                 d=["金曜日", "土曜日", "金曜日", "日曜日", "金曜日", "土曜日", "金曜日", "日曜日"][n],
                 c=f"{41 + n},{rng.randint(100, 999)}"),
        "marker": "無料のメールで",
        "recurring": "港湾組合は声明で、工事は夏の観光シーズン前に終わり、今年はこれ以上岸壁を閉鎖する予定はないと"
                     "説明した。",
    },
    "khao-rim-nam.example": {
        "lang": "th",
        "subjects": "สภาตำบล|นายท่าเรือ|ร้านขนมปังในหมู่บ้าน|ลูกเรือข้ามฟาก|ครูสองคน|สหกรณ์ประมง|อาสาสมัครกู้ภัย|"
                    "วิศวกรเกษียณ|ภัณฑารักษ์ของพิพิธภัณฑ์|เจ้าอาวาสวัด".split("|"),
        "verbs": "ซ่อม|ทาสีใหม่|ตรวจสอบ|สร้างใหม่|วัดขนาด|ถ่ายภาพ|ย้าย|ทำความสะอาด|สำรวจ|เปิด".split("|"),
        "objects": "เขื่อนกันคลื่นเก่า|ท่าเรือด้านเหนือ|โรงเก็บเรือแถวหนึ่ง|บันไดประภาคาร|หลังคาตลาดปลา|เครื่องวัดระดับน้ำ|"
                   "ทางลาดลงเรือ|บ้านพักยามฝั่ง|กำแพงท่าเรือ|ลานตากอวน".split("|"),
        "tails": "ก่อนพายุฤดูหนาว|หลังล่าช้าไปหนึ่งเดือน|ด้วยเงินกองทุนหมู่บ้าน|ด้วยไม้จากป่าชุมชน|ทันงานประจำปี|"
                 "แม้ค่าใช้จ่ายจะสูงขึ้น|ด้วยความช่วยเหลือของอาสาสมัคร|เป็นครั้งแรกในรอบหลายสิบปี".split("|"),
        "join": " ",
        # The same kind of pitch: the topic, the day and the count change.
        "box": lambda n, rng: (
            "<p>ชอบเรื่อง{a}ไหม รับสรุปข่าว{a}ฟรีทางอีเมลทุกวัน{d} ผู้อ่าน {c} คนสมัครแล้ว</p>"
        ).format(a=rng.choice(["ท่าเรือ", "ตลาดปลา", "สภาตำบล"]),
                 d=["ศุกร์", "เสาร์", "ศุกร์", "อาทิตย์", "ศุกร์", "เสาร์", "ศุกร์", "อาทิตย์"][n],
                 c=f"{18 + n},{rng.randint(100, 999)}"),
        "marker": "ฟรีทางอีเมลทุกวัน",
        "recurring": "การท่าเรือระบุในแถลงการณ์ว่างานจะเสร็จก่อนฤดูท่องเที่ยว และปีนี้จะไม่มีการปิดท่าเรืออีก",
    },
}
PARAS = 7


def sentence(rng, site):
    s = SITES[site]
    if s["lang"] == "ja":
        return f"{rng.choice(s['subjects'])}が{rng.choice(s['tails'])}{rng.choice(s['objects'])}を{rng.choice(s['verbs'])}"
    return f"{rng.choice(s['subjects'])}{rng.choice(s['verbs'])}{rng.choice(s['objects'])}{rng.choice(s['tails'])}"


def article(site, n):
    rng = random.Random(f"{site}/{n}")
    paras = []
    for k in range(PARAS):
        paras.append(SITES[site]["join"].join(sentence(rng, site) for _ in range(3)) + f"（{n}.{k}）。")
    if n in RECURRING_ON:  # the same statement quoted in two related stories
        paras[3] = SITES[site]["recurring"]
    return paras


if __name__ == "__main__":
    check_sites(c, WINNOW, SITES, article)
