# an error inside __init__ three frames deep, with carets on each line
class Config:
    def __init__(self, data):
        self.port = self.parse_port(data)
    def parse_port(self, data):
        return int(data["port"])
def load(text):
    data = {"port": text}
    return Config(data)
print(load("80").port)
cfg = load("eighty")
