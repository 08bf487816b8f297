# __len__, __getitem__, __setitem__, __delitem__ and __contains__ make a container.
class Row:
    def __init__(self, *cells):
        self.cells = list(cells)
    def __len__(self):
        return len(self.cells)
    def __getitem__(self, index):
        return self.cells[index]
    def __setitem__(self, index, value):
        self.cells[index] = value
    def __delitem__(self, index):
        del self.cells[index]
    def __contains__(self, value):
        print("contains?", value)
        return value in self.cells

r = Row("a", "b", "c")
print(len(r), r[0], r[-1], r[1:])
r[1] = "B"
del r[0]
print(r.cells, "B" in r, "z" in r, bool(r))
print(list(r))
