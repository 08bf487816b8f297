# a __str__ that calls str(self): a common slip
class P:
    def __str__(self):
        return "P" + str(self)
print(P())
