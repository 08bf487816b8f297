# Big ints print exactly; int() parses bases.
print(2 ** 100)
print(-(3 ** 40))
print(int("ff", 16), int("0b101", 0), int("  42  "), int("-17"), int(3.99), int(-3.99))
print(hex(255), oct(8), bin(10), hex(-1))
print(format(1234.5, ",.2f"), format(42, "x"), format("s", ">3"))
print(10 ** 20 // 7, 10 ** 20 % 7, -(10 ** 20) // 7)
