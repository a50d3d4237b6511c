"""Ledger transactions load in bulk: no foreign-key constraints in the database and, instead of
the (ledger, account) B-tree, an index on the ledger alone that fits the database: BRIN on
PostgreSQL (a ledger's rows are written together, so block ranges map to ledgers; the index is
tiny and nearly free to keep up during COPY), a B-tree on SQLite. Not declared in the model's
Meta because Django has no index type for both; see ADR 0008."""

import django.db.models.deletion
from django.db import migrations, models

INDEX = "finance_ledgertransaction_ledger"


def create_index(apps, schema_editor):  # noqa: ANN001, ANN201
    using = "USING brin " if schema_editor.connection.vendor == "postgresql" else ""
    schema_editor.execute(f"CREATE INDEX {INDEX} ON finance_ledgertransaction {using}(ledger_id)")


def drop_index(apps, schema_editor):  # noqa: ANN001, ANN201
    schema_editor.execute(f"DROP INDEX {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("finance", "0001_initial"),
        ("organisations", "0001_initial"),
    ]

    operations = [
        migrations.AlterField(
            model_name="ledgertransaction",
            name="ledger",
            field=models.ForeignKey(
                db_constraint=False,
                db_index=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="finance.ledgerimport",
            ),
        ),
        migrations.AlterField(
            model_name="ledgertransaction",
            name="organisation",
            field=models.ForeignKey(
                db_constraint=False,
                db_index=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="organisations.organisation",
            ),
        ),
        migrations.RemoveIndex(
            model_name="ledgertransaction", name="finance_led_ledger__3304f9_idx"
        ),
        migrations.RunPython(create_index, drop_index),
    ]
