# Positional, keyword, default, *args, **kwargs and keyword-only parameters.
def describe(a, b=2, *args, c, d=4, **kwargs):
    return f"a={a} b={b} args={args} c={c} d={d} kwargs={kwargs}"

print(describe(1, c=3))
print(describe(1, 5, 6, 7, c=3, e=9))
print(describe(*[1, 2, 3], **{"c": 0, "z": 1}))
try:
    describe(1)
except TypeError as e:
    print("TypeError:", e)
try:
    describe(1, c=1, a=2)
except TypeError as e:
    print("TypeError:", e)
