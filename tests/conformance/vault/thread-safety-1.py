#| title: A lost update, step by step
#| panels: source, heap
account = {"balance": 100}

def deposit(name, amount):
    balance = account["balance"]
    yield f"{name} read {balance}"
    account["balance"] = balance + amount
    yield f"{name} wrote {balance + amount}"

alice = deposit("Alice", 50)
bob = deposit("Bob", 25)
for worker in [alice, bob, alice, bob]:
    print(next(worker))
print("final balance:", account["balance"], "but 175 was deposited")
