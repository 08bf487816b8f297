# Comparisons with an int subclass on the right: a float or a bool on the left compares by its own tp_richcompare first; an int on the left lets the subclass's reflected method go first
class I(int):
    def __gt__(self, o):
        return "I.gt"
    def __eq__(self, o):
        return "I.eq"
    def __lt__(self, o):
        return "I.lt"
    __hash__ = int.__hash__
print(1.5 < I(1), True == I(1), 1.0 == I(1), 1 == I(1), 1 < I(2), 2.5 > I(1), 1j == I(1))
class F(float):
    def __eq__(self, o):
        return "F.eq"
    __hash__ = float.__hash__
print(1 == F(1.0), 1.0 == F(1.0), True == F(1.0))
