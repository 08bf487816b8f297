# abs, round, divmod and pow including the three-argument form.
print(abs(-5), abs(3.5), abs(-0.0), abs(True))
print(round(3.14159, 2), round(2.5), round(0.5), round(1.5), round(-2.5), round(7), round(15, -1))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(-2, 3), 2 ** -2, (-8) ** 2)
