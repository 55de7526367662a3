"""Repacks a package as zip64, the way other producers do, for the zip64 test.

usage: makeZip64.py SOURCE TARGET MODE
  entries   every entry written with force_zip64 (zip64 extras in the local headers)
  directory as entries, and the directory's sizes and offsets in zip64 extras, with the zip64
            end records (Python writes those only past its limits: the limits are lowered)
  streamed  as entries, written to an unseekable file: data descriptors with 64-bit sizes
"""
import io
import sys
import zipfile

source, target, mode = sys.argv[1:4]
if mode == "directory":
    zipfile.ZIP64_LIMIT = 0
    zipfile.ZIP_FILECOUNT_LIMIT = 0


class Unseekable(io.RawIOBase):
    def __init__(self, out):
        self.out = out

    def writable(self):
        return True

    def write(self, data):
        return self.out.write(data)

    def seekable(self):
        return False

    def tell(self):
        raise OSError("unseekable")


with open(target, "wb") as raw:
    out = Unseekable(raw) if mode == "streamed" else raw
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.is_dir():
                zout.writestr(info, data)
                continue
            entry = zipfile.ZipInfo(info.filename, info.date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            with zout.open(entry, "w", force_zip64=True) as f:
                f.write(data)
