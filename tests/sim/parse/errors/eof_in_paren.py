for x in range(3):
    print(x)
x = (
  1 +
