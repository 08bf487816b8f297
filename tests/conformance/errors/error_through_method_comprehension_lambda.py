# an error three calls deep through a method, a lambda and a comprehension
class Report:
    def __init__(self, rows):
        self.rows = rows
    def totals(self):
        return [self.row_total(r) for r in self.rows]
    def row_total(self, row):
        return sum(map(lambda cell: cell * 2, row))
r = Report([[1, 2], [3, None]])
print(r.totals())
