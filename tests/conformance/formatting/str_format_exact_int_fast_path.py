# str.format writes exact ints straight for an empty spec, and formats the rest through their own formatters
class I(int):
    def __str__(self): return "I!"
    def __format__(self, spec): return "F" + spec
print("{} {} {} {}".format(5, True, I(3), -12))
print("{:} {!s} {!r} {:>4}".format(7, 8, 9, 10))
print("{0}{0}".format(10**30))
big = 10 ** 5000
try:
    "{}".format(big)
except ValueError as e:
    print("ValueError", str(e)[:40])
print(("{}".format(5)) is "5")
