# __getattr__ that reads a missing attribute of self
class P:
    def __getattr__(self, name):
        return self.missing
print(P().x)
