# staticmethod and classmethod, including alternative constructors and subclass dispatch.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_text(cls, text):
        return cls(*map(int, text.split("-")))
    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"

class Birthday(Date):
    pass

print(Date.from_text("2024-02-29"), Birthday.from_text("1990-07-01"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
