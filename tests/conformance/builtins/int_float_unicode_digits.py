# int() and float() read any Unicode decimal digit as its ASCII digit, as CPython does
for text in ["٣", "١٢٣", "１２", "𝟏𝟐", "৩.৫", "١.٥e٢", "٣x", " ٤ "]:
    for convert in (int, float):
        try:
            print(repr(text), convert.__name__, convert(text))
        except ValueError as error:
            print(repr(text), convert.__name__, error)
