using Lakehouse.Core.Datasets;

namespace Lakehouse.Core.Validation;

/// <content>Row suites of orders, order items, payments and reviews.</content>
public static partial class OlistRowSuites
{
    private static RowValidator Orders()
    {
        var v = new RowValidator(OlistDatasets.Orders);
        v.HexId("order_id");
        v.HexId("customer_id");
        v.InSet("order_status", "created", "approved", "invoiced", "processing", "shipped", "delivered", "canceled", "unavailable");
        v.NotBefore("order_approved_at", "order_purchase_timestamp");
        v.NotBefore("order_delivered_customer_date", "order_purchase_timestamp");
        return v;
    }

    private static RowValidator OrderItems()
    {
        var v = new RowValidator(OlistDatasets.OrderItems);
        v.HexId("order_id");
        v.HexId("product_id");
        v.HexId("seller_id");
        v.Range("order_item_id", 1, 1000);
        v.Range("price", 0m, 1_000_000m);
        v.Range("freight_value", 0m, 100_000m);
        return v;
    }

    private static RowValidator Payments()
    {
        var v = new RowValidator(OlistDatasets.Payments);
        v.HexId("order_id");
        v.Range("payment_sequential", 1, 1000);
        v.InSet("payment_type", "credit_card", "boleto", "voucher", "debit_card", "not_defined");
        v.Range("payment_installments", 0, 48);
        v.Range("payment_value", 0m, 1_000_000m);
        v.ZeroWhen("payment_type", "not_defined", "payment_value");
        return v;
    }

    private static RowValidator Reviews()
    {
        var v = new RowValidator(OlistDatasets.Reviews);
        v.HexId("review_id");
        v.HexId("order_id");
        v.Range("review_score", 1, 5);
        v.MaxLength("review_comment_title", 200);
        v.MaxLength("review_comment_message", 5000);
        v.NotBefore("review_answer_timestamp", "review_creation_date");
        return v;
    }
}
