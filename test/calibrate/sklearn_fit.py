# Fits the Getzner model forms with scikit-learn on exactly the rows energy-diff used, for the parity test.
# Input (argv[1]): JSON {families: [{op, form, train: [[features...]], trainY, test, testY}]}
# where the features are the raw inputs (+log1p +macs already laid out as the form says).
import json
import sys

import numpy as np
from sklearn.linear_model import LinearRegression, Ridge
from sklearn.metrics import r2_score
from sklearn.preprocessing import MinMaxScaler, PolynomialFeatures, StandardScaler


def fit_family(fam):
    form = fam["form"]
    x_train = np.array(fam["train"], dtype=float)
    x_test = np.array(fam["test"], dtype=float)
    steps = []
    if form.get("polynomial"):
        poly = form["polynomial"]
        steps.append(PolynomialFeatures(degree=2, interaction_only=poly["interactionOnly"], include_bias=poly["includeBias"]))
    if form.get("standardize"):
        steps.append(StandardScaler())
    for step in steps:
        x_train = step.fit_transform(x_train)
        x_test = step.transform(x_test)
    y_scaler = MinMaxScaler()
    y_train = y_scaler.fit_transform(np.array(fam["trainY"], dtype=float).reshape(-1, 1)).ravel()
    model = Ridge(alpha=form["ridge"]) if form.get("ridge") else LinearRegression()
    model.fit(x_train, y_train)
    pred = y_scaler.inverse_transform(model.predict(x_test).reshape(-1, 1)).ravel()
    return {"op": fam["op"], "predictedJ": pred.tolist(), "r2": float(r2_score(np.array(fam["testY"]), pred))}


def main():
    with open(sys.argv[1]) as f:
        spec = json.load(f)
    print(json.dumps({"families": [fit_family(fam) for fam in spec["families"]]}))


main()
