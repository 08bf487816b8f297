#| title: The same deposits with a lock
account = {"balance": 100}
lock = {"held_by": None}

def deposit(name, amount):
    while lock["held_by"] is not None:
        yield f"{name} waits for the lock"
    lock["held_by"] = name
    balance = account["balance"]
    yield f"{name} read {balance} while holding the lock"
    account["balance"] = balance + amount
    lock["held_by"] = None
    yield f"{name} wrote {balance + amount} and released the lock"

alice = deposit("Alice", 50)
bob = deposit("Bob", 25)
for worker in [alice, bob, alice, bob, bob]:
    print(next(worker))
print("final balance:", account["balance"])
