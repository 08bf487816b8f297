# An error raised in __post_init__ while the generated __init__ runs: the traceback shows the "<string>" frame
from dataclasses import dataclass

@dataclass
class Temperature:
    celsius: float

    def __post_init__(self):
        if self.celsius < -273.15:
            raise ValueError(f"below absolute zero: {self.celsius}")

print(Temperature(20.5))
try:
    Temperature(-300)
except ValueError as e:
    print("caught:", e)
Temperature(-500)
