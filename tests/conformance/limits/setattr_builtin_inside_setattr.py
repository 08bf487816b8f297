# __setattr__ that calls setattr(self, k, v): the same recursion as self.k = v
class A:
    def __setattr__(self, k, v):
        self.__dict__[k] = v
        setattr(self, k, v)
a = A()
a.x = 1
