# A property getter that reads its own property recurses as plain calls do, to the limit (python3 says "repeated 996 more times")
class P:
    @property
    def name(self):
        return self.name
P().name
