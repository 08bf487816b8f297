# A __del__ given to a class (or to its base) after instances were freed without one runs from then on.
class Base:
    pass

class C(Base):
    pass

C()
print("no finalizer yet")

def base_del(self):
    print("Base.__del__ of", type(self).__name__)

Base.__del__ = base_del
C()

def own_del(self):
    print("C.__del__")

C.__del__ = own_del
C()
del C.__del__
C()
del Base.__del__
C()
print("done")
