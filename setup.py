"""Builds the extension winnow._winnow with the project's CMake (python/CMakeLists.txt), for the
interpreter running pip; the metadata is in pyproject.toml."""
import os
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = os.path.dirname(os.path.abspath(__file__))


class CMakeBuild(build_ext):
    def build_extension(self, ext):
        build_dir = os.path.abspath(os.path.join(self.build_temp, "cmake"))
        os.makedirs(build_dir, exist_ok=True)
        if os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3"):
            print(f"winnow: building for {sys.executable}; Debian's Python packages (python3-dask, ...) "
                  "belong to /usr/bin/python3 and are not visible to it", file=sys.stderr)
        subprocess.run(["cmake", "-S", ROOT, "-B", build_dir, "-DCMAKE_BUILD_TYPE=Release",
                        f"-DPython3_EXECUTABLE={sys.executable}", "-DWINNOW_BUILD_TESTS=OFF",
                        "-DWINNOW_BUILD_BENCH=OFF", "-DWINNOW_BUILD_EXAMPLES=OFF", "-DWINNOW_BUILD_PYTHON=ON"],
                       check=True)
        jobs = os.environ.get("CMAKE_BUILD_PARALLEL_LEVEL", "2")
        subprocess.run(["cmake", "--build", build_dir, "--target", "winnow_python", "-j", jobs], check=True)
        built = os.path.join(build_dir, "python", "winnow")
        name = next(f for f in os.listdir(built) if f.startswith("_winnow") and f.endswith(".so"))
        target = self.get_ext_fullpath(ext.name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        self.copy_file(os.path.join(built, name), target)


setup(ext_modules=[Extension("winnow._winnow", sources=[])], cmdclass={"build_ext": CMakeBuild})
