#!/usr/bin/env python3
"""Mark libLibTorchSharp.so's GLIBCXX_3.4.32 requirement weak so it loads on libstdc++ 3.4.30.

TorchSharp 0.107.0 ships a libLibTorchSharp.so built with GCC 13. Its <iostream> pulls in an
undefined reference to std::ios_base_library_init (GLIBCXX_3.4.32) that carries no relocation:
nothing ever calls it, yet the loader refuses the library because Debian 12's libstdc++ stops at
GLIBCXX_3.4.30. Setting VER_FLG_WEAK on that one Vernaux entry turns the fatal check into a
warning the loader keeps to itself (glibc elf/dl-version.c, match_symbol).

Usage: weaken_glibcxx.py DIR_OR_FILE...   (directories are searched recursively)

Idempotent: an entry already weak is left alone, and the file's timestamps are kept so MSBuild's
incremental copy does not overwrite the patched file with the package's original.
Standard library only; exits 1 with a message naming the file when a file is not what we expect.
"""

import os
import struct
import sys
import tempfile

LIBRARY_NAME = "libLibTorchSharp.so"
WEAKENED_VERSIONS = {b"GLIBCXX_3.4.32"}

SHT_GNU_VERNEED = 0x6FFFFFFE
VER_FLG_WEAK = 0x2
ELF_MAGIC = b"\x7fELF"
ELFCLASS64 = 2
ELFDATA2LSB = 1


class ElfError(Exception):
    pass


def section_headers(data):
    """Yield (type, offset, size, link) for each section of a little-endian ELF64 file."""
    if data[:4] != ELF_MAGIC or data[4] != ELFCLASS64 or data[5] != ELFDATA2LSB:
        raise ElfError("not a little-endian 64-bit ELF file")

    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    for index in range(shnum):
        base = shoff + index * shentsize
        _, sh_type, _, _, sh_offset, sh_size, sh_link = struct.unpack_from("<IIQQQQI", data, base)
        yield sh_type, sh_offset, sh_size, sh_link


def read_c_string(data, offset):
    return bytes(data[offset:data.index(b"\0", offset)])


def weaken(data):
    """Set VER_FLG_WEAK on the targeted Vernaux entries in place; return (patched, already_weak)."""
    sections = list(section_headers(data))
    verneed = [s for s in sections if s[0] == SHT_GNU_VERNEED]
    if len(verneed) != 1:
        raise ElfError(f"expected one .gnu.version_r section, found {len(verneed)}")

    _, need_offset, _, strtab_index = verneed[0]
    strtab_offset = sections[strtab_index][1]
    patched, already_weak = [], []

    while True:
        _, vn_cnt, _, vn_aux, vn_next = struct.unpack_from("<HHIII", data, need_offset)
        aux_offset = need_offset + vn_aux
        for _ in range(vn_cnt):
            _, vna_flags, _, vna_name, vna_next = struct.unpack_from("<IHHII", data, aux_offset)
            name = read_c_string(data, strtab_offset + vna_name)
            if name in WEAKENED_VERSIONS:
                if vna_flags & VER_FLG_WEAK:
                    already_weak.append(name)
                else:
                    struct.pack_into("<H", data, aux_offset + 4, vna_flags | VER_FLG_WEAK)
                    patched.append(name)
            aux_offset += vna_next
        if vn_next == 0:
            return patched, already_weak
        need_offset += vn_next


def patch_file(path):
    with open(path, "rb") as stream:
        data = bytearray(stream.read())

    try:
        patched, already_weak = weaken(data)
    except (ElfError, struct.error, ValueError, IndexError) as error:
        raise ElfError(f"{path}: {error}") from error

    if not patched:
        state = "already weak" if already_weak else "no GLIBCXX_3.4.32 requirement"
        print(f"weaken_glibcxx: {path}: {state}")
        return

    write_keeping_times(path, data)
    names = ", ".join(n.decode() for n in patched)
    print(f"weaken_glibcxx: {path}: marked {names} weak")


def write_keeping_times(path, data):
    # Write beside and rename: the output file may be a hard link into the NuGet cache.
    stat = os.stat(path)
    directory = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(dir=directory, prefix=".weaken_glibcxx.")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, stat.st_mode)
        os.utime(temporary, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def find_libraries(root):
    if os.path.isfile(root):
        yield root
        return
    for directory, _, files in os.walk(root):
        if LIBRARY_NAME in files:
            yield os.path.join(directory, LIBRARY_NAME)


def main(arguments):
    if not arguments:
        print("usage: weaken_glibcxx.py DIR_OR_FILE...", file=sys.stderr)
        return 2

    try:
        for root in arguments:
            if not os.path.exists(root):
                raise ElfError(f"{root}: no such file or directory")
            for path in find_libraries(root):
                patch_file(path)
    except (ElfError, OSError) as error:
        print(f"weaken_glibcxx: error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
