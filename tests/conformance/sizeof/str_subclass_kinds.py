# getsizeof of a str subclass's instance counts code points of its kind: astral characters once each
import sys


class S(str):
    pass


class Slotted(str):
    __slots__ = ("tag",)


for text in ["", "ab", "caf\u00e9", "\u20ac uro", "\U0001f600", "\U0001f600" * 3, "ab\U0001f600", "\u00e9\U0001f600", "\u20ac\U0001f600\U0001f601"]:
    print(ascii(text), len(text), sys.getsizeof(text), sys.getsizeof(S(text)), S(text).__sizeof__(), sys.getsizeof(Slotted(text)))
