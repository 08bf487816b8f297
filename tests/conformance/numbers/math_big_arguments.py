# math.factorial, perm, comb and random.getrandbits with huge arguments: CPython's OverflowErrors, and big results computed exactly.
import math, random
random.seed(5)
for label, f in [("factorial(2**70)", lambda: math.factorial(2**70)), ("factorial(10**5)", lambda: math.factorial(10**5)), ("factorial(20)", lambda: math.factorial(20)),
                 ("perm(2**70)", lambda: math.perm(2**70)), ("perm(2**70, 3)", lambda: math.perm(2**70, 3)), ("perm(10, 2**70)", lambda: math.perm(10, 2**70)), ("perm(2**70, 2**69)", lambda: math.perm(2**70, 2**69)),
                 ("comb(2**70, 2**69)", lambda: math.comb(2**70, 2**69)), ("comb(2**70, 3)", lambda: math.comb(2**70, 3)), ("comb(10**5, 5*10**4)", lambda: math.comb(10**5, 5 * 10**4)), ("comb(52, 5)", lambda: math.comb(52, 5)),
                 ("getrandbits(2**40)", lambda: random.getrandbits(2**40)), ("getrandbits(1000)", lambda: random.getrandbits(1000)), ("getrandbits(-1)", lambda: random.getrandbits(-1)), ("getrandbits(None)", lambda: random.getrandbits(None))]:
    try:
        r = f()
        print(label, r.bit_length(), r % 1000003)
    except Exception as e:
        print(label, type(e).__name__, e)
