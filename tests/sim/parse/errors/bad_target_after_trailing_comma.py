# A comma ends the tuple, so no item is followed by the `=`: the bad target is reported.
a, b, = c or d = 4
