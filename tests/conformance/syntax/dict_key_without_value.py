# A dictionary display with a key and no value: the caret sits on the key's last character.
prices = {"apple": 1.25, "pear": 0.5, "plum"}
print(prices)
