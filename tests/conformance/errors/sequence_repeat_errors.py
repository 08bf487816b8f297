# Multiplying a sequence by a non-int fails with the sequence-repeat message, whichever side the sequence is on.
for a, b in [(1.5, "x"), ("x", 1.5), ([1], None), (None, (1,)), ("a", "b")]:
    try:
        a * b
    except TypeError as e:
        print(e)
