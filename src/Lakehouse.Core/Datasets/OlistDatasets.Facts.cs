namespace Lakehouse.Core.Datasets;

/// <content>The fact-side datasets: orders, order items, payments, reviews.</content>
public static partial class OlistDatasets
{
    /// <summary>Orders with their status timeline (local time, America/Sao_Paulo).</summary>
    public static readonly DatasetDefinition Orders = new(
        "orders",
        "olist.orders/v1",
        [
            new("order_id", ColumnKind.String),
            new("customer_id", ColumnKind.String),
            new("order_status", ColumnKind.String) { Repeats = true },
            new("order_purchase_timestamp", ColumnKind.Timestamp),
            new("order_approved_at", ColumnKind.Timestamp, Required: false),
            new("order_delivered_carrier_date", ColumnKind.Timestamp, Required: false),
            new("order_delivered_customer_date", ColumnKind.Timestamp, Required: false),
            new("order_estimated_delivery_date", ColumnKind.Timestamp),
        ],
        ["order_id"],
        LoadTier: 1);

    /// <summary>Order items: one row per item of an order, with price and freight. Some orders have no item.</summary>
    public static readonly DatasetDefinition OrderItems = new(
        "order_items",
        "olist.order_items/v1",
        [
            new("order_id", ColumnKind.String),
            new("order_item_id", ColumnKind.Int32),
            new("product_id", ColumnKind.String) { Repeats = true },
            new("seller_id", ColumnKind.String) { Repeats = true },
            new("shipping_limit_date", ColumnKind.Timestamp),
            new("price", ColumnKind.Decimal),
            new("freight_value", ColumnKind.Decimal),
        ],
        ["order_id", "order_item_id"],
        LoadTier: 2);

    /// <summary>Payments: one row per payment of an order. <c>not_defined</c> payments carry value 0.</summary>
    public static readonly DatasetDefinition Payments = new(
        "order_payments",
        "olist.order_payments/v1",
        [
            new("order_id", ColumnKind.String),
            new("payment_sequential", ColumnKind.Int32),
            new("payment_type", ColumnKind.String) { Repeats = true },
            new("payment_installments", ColumnKind.Int32),
            new("payment_value", ColumnKind.Decimal),
        ],
        ["order_id", "payment_sequential"],
        LoadTier: 2);

    /// <summary>
    /// Reviews. One review can cover several orders, so the key is (review_id, order_id). Title and message are free
    /// text in Portuguese with line breaks inside quotes; they may hold personal data and are scrubbed.
    /// </summary>
    public static readonly DatasetDefinition Reviews = new(
        "order_reviews",
        "olist.order_reviews/v1",
        [
            new("review_id", ColumnKind.String),
            new("order_id", ColumnKind.String),
            new("review_score", ColumnKind.Int32),
            new("review_comment_title", ColumnKind.String, Required: false) { Repeats = true },
            new("review_comment_message", ColumnKind.String, Required: false),
            new("review_creation_date", ColumnKind.Timestamp),
            new("review_answer_timestamp", ColumnKind.Timestamp),
        ],
        ["review_id", "order_id"],
        LoadTier: 2);
}
