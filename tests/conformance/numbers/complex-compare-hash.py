# complex ==/!= with ints and floats, ordering TypeErrors, hash(), dict keys and set members, sum()
print(1 + 0j == 1, 1.0 == 1 + 0j, 1j == 1j, 1j != 2j, 1 + 1j == 1, 2j == "2j", 0j == 0, 0j == False, 1j == None)
print(complex(2**53 + 1, 0) == 2**53 + 1, complex(2**53, 0) == 2**53, 1e300 + 0j == 10**300, complex(float("nan")) == complex(float("nan")))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(complex(0, -0.0)) == hash(0))
for z in [1j, 1 + 2j, -1 - 1j, 3.5 - 2.25j, complex(2**61 - 1, 1), 1e300j, complex(float("inf"), 1), complex(0, -1)]:
    print(repr(z), hash(z))
d = {1: "int", 1j: "imag"}
d[1 + 0j] = "complex one"
d[2.0] = "two"
d[2 + 0j] = "complex two"
print(d, d[1j], 1 + 0j in d, 2 in d, 3j in d)
s = {1j, 1 + 0j, 1, 1.0, 2j, 0j, 0, -0.0}
print(len(s), 1j in s, 0 in s)
print(sum([1j, 2, 3.5 - 1j]), sum([1 + 1j] * 3, 1j), sum([0.5, 1j]), sum([]), sum([1j]))
print([1j, 2j].index(2j), [1, 1j, 1 + 0j].count(1), 1j in [1, 2, 1j], max([1j], key=abs))


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: (1 + 2j) < (2 + 3j))
attempt(lambda: 1j <= 1)
attempt(lambda: 1 > 2j)
attempt(lambda: 2.5 >= 1j)
attempt(lambda: sorted([2j, 1j]))
attempt(lambda: max(1j, 2j))
attempt(lambda: [1j] < [2j])
attempt(lambda: (1, 1j) < (1, 2j))
