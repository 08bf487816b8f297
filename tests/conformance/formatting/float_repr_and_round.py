# Float repr is the shortest round-tripping text; round uses banker's rounding.
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-5, 123456789.0 * 10)
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234, -2))
print(float("inf"), -float("inf"), float("nan"))
print(10 / 4, 10 // 4, -7 // 2, -7 % 2, 7 % -2, divmod(-7, 2))
print(1e22, 1e21, 1.5e-7, 100.0, 2.0 ** 0.5)
