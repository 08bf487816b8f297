# Printing a lone surrogate: one surrogateescape can write goes out, any other fails the write with python3's UnicodeEncodeError, and print stops there
import sys
print("ok", "\udcff".encode("utf-8", "surrogateescape"))
try:
    print("before", "\ud800x", "after")
except UnicodeEncodeError as e:
    print("caught", e.start, e.end, e.reason)
try:
    sys.stdout.write("ab\ud800\udb00c\n")
except UnicodeEncodeError as e:
    print("caught", e)
print("end\ud801")
