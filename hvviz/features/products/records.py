"""The products' content: real hypervisors, each with its type and, where it has one, its own stack."""

from __future__ import annotations

from hvviz.core.schema import ContentFile, Records, choice, own_id, record, ref, refs, text

HYPERVISOR_TYPES = ("type1", "type2", "debated")


def _check_product(fields, raw, what, reader) -> bool:
    if (fields.get("io_methods") or fields.get("compare_with")) and fields.get("stack") is None and fields.get("id"):
        reader.error(raw.mark, f"product `{fields['id']}` has `io_methods` or `compare_with` but no `stack`",
                     "a `stack:` with the id of its stack")
    return True


class Product(record(
    "Product", "product", "A real product (ESXi, Hyper-V, …) and where it sits.", namespace="product", check=_check_product,
    id=own_id("unique, such as `kvm`"),
    name=text("its full name"),
    hypervisor_type=choice(HYPERVISOR_TYPES, "`type1`, `type2` or `debated`"),
    summary=text("one paragraph on how it is built", markdown=True),
    sources=refs("source", "ids in sources.yaml"),
    stack=ref("stack", "its own stack in stacks.yaml, if it has one: the product then gets a tab in the product picker",
              required=False),
    compare_with=refs("stack", "the generic stacks drawn beside it, such as `[type1]` (KVM: `[type1, type2]`)"),
    io_methods=refs("method", "the I/O methods offered for it, ids in io_paths.yaml; each needs an entry under `paths`"),
)):
    __slots__ = ()

    def shown_stacks(self) -> tuple[str, ...]:
        """The stacks of its tab: its own between (or after) the generic ones it is compared with."""
        if self.stack is None:
            return ()
        generic = self.compare_with
        if len(generic) >= 2:
            return (generic[0], self.stack, *generic[1:])
        return (*generic, self.stack)


PRODUCTS_FILE = ContentFile("products.yaml", "the real products and where each sits", (
    Records("products", Product, "the products, in the order of their tabs"),
))
