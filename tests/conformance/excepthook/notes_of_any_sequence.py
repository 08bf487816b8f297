# print_exception_notes (3.11): __notes__ that is any sequence (a str gives a note per character, a class with __getitem__ and __len__ works), a note whose str() fails (<note str() failed>), a non-sequence's repr without a newline, one whose repr fails.
import sys
class BadStr:
    def __str__(self): raise ValueError
class BadRepr:
    def __repr__(self): raise ValueError
class Seq:
    def __getitem__(self, i):
        if i < 2: return f"n{i}"
        raise IndexError
    def __len__(self): return 2
for notes in ("ab", range(2), Seq(), [BadStr(), "x"], BadRepr(), 5, {"a": 1}, ("t\nu",)):
    e = ValueError("v")
    e.__notes__ = notes
    sys.excepthook(ValueError, e, None)
    print("--", file=sys.stderr)
