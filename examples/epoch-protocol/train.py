#!/usr/bin/env python3
"""A tiny training loop that follows energy-diff's epoch protocol (no dependencies beyond the standard library).

    energy-diff measure --epochs 3 --total-epochs 20 -- python3 examples/epoch-protocol/train.py --epochs 20

Protocol: after each finished epoch, append one JSON line to the file named by $ENERGY_DIFF_EPOCH_FILE:
{"epoch": k} plus any fields you like (loss, accuracy). Flush it, so energy-diff sees the epoch end at once.
Where there is no such variable (run outside energy-diff, or an old energy-diff), print the stdout marker
`ENERGY_DIFF_EPOCH_END k` instead: energy-diff uses whichever protocol it sees first, never both.
"""
import argparse
import json
import os
import random
import time


def epoch_finished(epoch: int, **fields) -> None:
    path = os.environ.get("ENERGY_DIFF_EPOCH_FILE")
    if path:
        with open(path, "a", encoding="utf-8") as f:
            f.write(json.dumps({"epoch": epoch, **fields}) + "\n")
    else:
        print(f"ENERGY_DIFF_EPOCH_END {epoch}", flush=True)


def train_one_epoch(steps: int) -> float:
    # Stand-in for real work: some arithmetic that keeps one CPU core busy.
    loss = 0.0
    for _ in range(steps):
        loss += sum(random.random() * random.random() for _ in range(2000)) / 2000
    return loss / steps


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--steps", type=int, default=200)
    parser.add_argument("--sleep", type=float, default=0.0, help="extra seconds per epoch")
    parser.add_argument("--fail-after", type=int, default=None, help="exit 1 after this many epochs (for tests)")
    args = parser.parse_args()
    for epoch in range(args.epochs):
        loss = train_one_epoch(args.steps)
        time.sleep(args.sleep)
        epoch_finished(epoch, loss=round(loss, 6))
        if args.fail_after is not None and epoch + 1 >= args.fail_after:
            raise SystemExit(1)


if __name__ == "__main__":
    main()
