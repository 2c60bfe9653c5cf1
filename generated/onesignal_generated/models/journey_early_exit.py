from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.journey_early_exit_rules import JourneyEarlyExitRules
    from ..models.journey_early_exit_tag_on_early_exit import (
        JourneyEarlyExitTagOnEarlyExit,
    )


T = TypeVar("T", bound="JourneyEarlyExit")


@_attrs_define
class JourneyEarlyExit:
    """Rules that take a user out of the journey before the end. At least one rule is needed; send null instead of this
    object to remove early exit.

    """

    rules: JourneyEarlyExitRules | Unset = UNSET
    """ The early-exit triggers; any one that fires removes the user. """
    tag_on_early_exit: JourneyEarlyExitTagOnEarlyExit | Unset = UNSET
    """ Tags set on a user who exits early. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = self.rules.to_dict()

        tag_on_early_exit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tag_on_early_exit, Unset):
            tag_on_early_exit = self.tag_on_early_exit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rules is not UNSET:
            field_dict["rules"] = rules
        if tag_on_early_exit is not UNSET:
            field_dict["tag_on_early_exit"] = tag_on_early_exit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.journey_early_exit_rules import JourneyEarlyExitRules  # noqa: PLC0415
        from ..models.journey_early_exit_tag_on_early_exit import (
            JourneyEarlyExitTagOnEarlyExit,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _rules = d.pop("rules", UNSET)
        rules: JourneyEarlyExitRules | Unset
        if isinstance(_rules, Unset):
            rules = UNSET
        else:
            rules = JourneyEarlyExitRules.from_dict(_rules)

        _tag_on_early_exit = d.pop("tag_on_early_exit", UNSET)
        tag_on_early_exit: JourneyEarlyExitTagOnEarlyExit | Unset
        if isinstance(_tag_on_early_exit, Unset):
            tag_on_early_exit = UNSET
        else:
            tag_on_early_exit = JourneyEarlyExitTagOnEarlyExit.from_dict(
                _tag_on_early_exit
            )

        journey_early_exit = cls(
            rules=rules,
            tag_on_early_exit=tag_on_early_exit,
        )

        journey_early_exit.additional_properties = d
        return journey_early_exit

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
