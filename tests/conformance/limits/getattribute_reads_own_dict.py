# __getattribute__ that reads self's attribute
class P:
    def __getattribute__(self, name):
        return self.__dict__[name]
print(P().x)
