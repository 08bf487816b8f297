a = (x)
b = ((x))
c = (x + y) * z
d = (yield_ := 1)
e = (
    1 +
    2
)
