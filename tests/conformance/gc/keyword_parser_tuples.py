# A builtin parsed by Argument Clinic makes its tuple of keyword names at its first call with keywords (or with a wrong argument count), once: gc.get_count() counts it then, not after
import gc


def first_and_second(label, call):
    gc.collect()
    before = gc.get_count()[0]
    call()
    middle = gc.get_count()[0]
    call()
    after = gc.get_count()[0]
    readings.append((label, middle - before, after - middle))


def wrong_count(call):
    def attempt():
        try:
            call()
        except TypeError:
            pass
    return attempt


readings = []
words = "to be or not"
numbers = [3, 1, 2]
first_and_second("sorted(key=)", lambda: sorted(numbers, key=abs))
first_and_second("list.sort(reverse=) shares sorted's parser", lambda: numbers.sort(reverse=True))
first_and_second("max(key=) has no such parser", lambda: max(numbers, key=abs))
first_and_second("str.split(sep=)", lambda: words.split(sep=" "))
first_and_second("str.split(maxsplit=), the same parser", lambda: words.split(maxsplit=1))
first_and_second("str.rsplit(sep=), a parser of its own", lambda: words.rsplit(sep=" "))
first_and_second("int(base=)", lambda: int("7", base=8))
first_and_second("str(object=)", lambda: str(object=5))
first_and_second("round(ndigits=)", lambda: round(2.5, ndigits=0))
first_and_second("pow(mod=)", lambda: pow(2, 5, mod=7))
first_and_second("sum(start=)", lambda: sum(numbers, start=10))
first_and_second("str.encode(encoding=)", lambda: words.encode(encoding="ascii"))
first_and_second("bytes.decode(errors=)", lambda: b"ok".decode(errors="strict"))
first_and_second("str.splitlines(keepends=)", lambda: "a\nb".splitlines(keepends=True))
first_and_second("dict.get by position only", lambda: {}.get("k"))
first_and_second("round() with no argument", wrong_count(lambda: round()))
first_and_second("str.expandtabs with two arguments", wrong_count(lambda: words.expandtabs(1, 2)))
for reading in readings:
    print(reading)
