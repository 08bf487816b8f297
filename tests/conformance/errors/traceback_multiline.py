# A call spanning lines: the carets run from where it starts to the end of its first line
class Box:
    def fill(self, *items):
        return len(items) / 0


box = Box()
result = box.fill(1,
                  2,
                  3)
