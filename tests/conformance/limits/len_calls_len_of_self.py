# __len__ that calls len(self)
class P:
    def __len__(self):
        return len(self)
print(len(P()))
