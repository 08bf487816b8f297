# __setattr__ that assigns through self
class P:
    def __init__(self):
        self.x = 1
    def __setattr__(self, name, value):
        self.name = value
P()
