# sys.set_int_max_str_digits: the decimal digit limit of str(), repr(), formatting and int() follows the interpreter's setting.
import sys

print(sys.int_info, sys.int_info.default_max_str_digits, len(sys.int_info), sys.int_info[0])
print(sys.get_int_max_str_digits(), sys.getrefcount(sys.int_info))
big = 10 ** 700
digits = "7" * 700


def attempt(label, call):
    try:
        result = call()
        print(label, "->", len(result) if isinstance(result, str) else result.bit_length())
    except (TypeError, ValueError, OverflowError) as error:
        print(label, "!!", type(error).__name__, error)


def conversions():
    attempt("str", lambda: str(big))
    attempt("repr of a list", lambda: repr([-big]))
    attempt("f-string", lambda: f"{big}")
    attempt("format ,", lambda: format(big, ","))
    attempt("str.format d", lambda: "{:d}".format(big))
    attempt("%d", lambda: "%d" % big)
    attempt("%i of a negative", lambda: "%i" % -big)
    attempt("bytes %d", lambda: (b"%d" % big).decode())
    attempt("int of a str", lambda: int(digits))
    attempt("int of bytes", lambda: int(digits.encode()))
    attempt("int with underscores", lambda: int("1_" * 350 + "1"))
    attempt("hex is not limited", lambda: hex(big))
    attempt("int base 16 is not limited", lambda: int("f" * 700, 16))
    attempt("range repr", lambda: repr(range(big)))


conversions()
sys.set_int_max_str_digits(650)
print(sys.get_int_max_str_digits())
conversions()
sys.set_int_max_str_digits(maxdigits=0)
print(len(str(10 ** 5000)), len(str(int("9" * 5000))))
for bad in [639, -1, 1.5, "650", 2**40, True]:
    try:
        sys.set_int_max_str_digits(bad)
    except (TypeError, ValueError, OverflowError) as error:
        print(repr(bad), type(error).__name__, error)
for call in [lambda: sys.set_int_max_str_digits(), lambda: sys.set_int_max_str_digits(700, 800), lambda: sys.set_int_max_str_digits(limit=700), lambda: sys.get_int_max_str_digits(1)]:
    try:
        call()
    except TypeError as error:
        print(error)
sys.set_int_max_str_digits(4300)
print(str(10 ** 4299)[:5])
print(10 ** 4300)
