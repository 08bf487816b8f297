# Float arithmetic follows floatobject.c: overflow raises, huge ints refuse to become floats, division rounds correctly.
print(2.0 ** 100, 2 ** -2, 10 ** -3, (-2) ** -3, 0.5 ** 1074, 7 / 2, -7 // 2.0, -7 % 2.5, 5.0 % -3, -0.0 % 5)
print(10 ** 30 / 3, (10 ** 400) / (10 ** 399), 2 ** 1100 // 2 ** 1000, (2 ** 64 + 1) / 2 ** 64, 1 / 3, -1 // 0.3)
print(float("inf") ** -1, (-8.0) ** 3, 1.0 ** float("nan"), float("-inf") ** 3, 0.0 ** 0)
calls = [
    lambda: 2.0 ** 10000,
    lambda: 10.0 ** 309,
    lambda: (-10.0) ** 309,
    lambda: 10 ** 400 * 1.0,
    lambda: 1.0 + 10 ** 400,
    lambda: 0 ** -1,
    lambda: 0.0 ** -2,
    lambda: 1 / 0,
    lambda: 1.0 // 0,
    lambda: 5 % 0.0,
    lambda: 10 ** 400 / 10 ** -1,
    lambda: 1e308 * 10,
]
for call in calls:
    try:
        print(call())
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
