# An AttributeError's 'Did you mean' comes from the object's own __dir__, which runs while the error is printed
class C:
    def __dir__(self):
        print("dir called")
        return ['missinh', 'other']
print("start")
C().missing
