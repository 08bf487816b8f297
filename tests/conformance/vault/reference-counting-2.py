#| title: A list frees its items last to first
class Label:
    def __init__(self, text):
        self.text = text
    def __del__(self):
        print("freed", self.text)

labels = [Label("first"), Label("second"), Label("third")]
print("dropping the list")
del labels
print("the list and all its labels are gone")
