# Mixed arithmetic between bool, int and float.
print(True + True, True * 3, 3 / 2, 3 // 2, 3.0 // 2, 2 ** 0.5, 7 % 3, -7 % 3, 7.5 % 2)
print(1 == 1.0, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(10 ** 18 + 1, float(10 ** 18 + 1), int(1e18) + 1)
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 10, 1024 >> 3, -16 >> 2)
print(max(1, 2.5), min(-1, -1.5), 3 < 4.5 < 5)
