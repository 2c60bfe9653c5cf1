"""Users, aliases and in-app messages (seed page: createUser, fetchUser, updateUser, deleteUser,
fetchUserIdentity, identifyUserByAlias, getEligibleIams).

A user is found by an alias: a label (`external_id`, `onesignal_id` or one of your own) and its
value.

    python -m onesignal.mock --run .venv/bin/python examples/users.py
"""

from onesignal import OneSignal

APP_ID = "8250eaf6-1a58-489e-b136-7c74a864b434"
SUBSCRIPTION_ID = "1f4b2c6e-8d3a-4e0f-9b7c-2a5d6e8f0a13"
EXTERNAL_ID = "customer-9034"

with OneSignal() as client:
    user = client.createUser(
        APP_ID,
        {
            "identity": {"external_id": EXTERNAL_ID},
            "properties": {"language": "en", "tags": {"role": "admin"}},
        },
    )
    print(f"createUser: onesignal_id={user.identity['onesignal_id']}")

    # The docs call this fetchUser in the heading and getUser in the code: both work.
    user = client.get_user(APP_ID, "external_id", EXTERNAL_ID)  # getUser, fetchUser
    print(f"get_user: language={user.properties.language} tags={user.properties.tags.to_dict()}")
    print(f"  subscriptions: {', '.join(s.type_ for s in user.subscriptions)}")

    changed = client.updateUser(
        APP_ID, "external_id", EXTERNAL_ID, {"properties": {"tags": {"DataTagKey": "New Value"}}}
    )  # update_user
    print(f"updateUser: tags now {changed.properties.tags.to_dict()}")

    # Aliases: by the user's alias, or by one of its subscriptions (the docs' two-id form).
    aliases = client.fetchUserIdentity(APP_ID, "external_id", EXTERNAL_ID)  # fetch_user_identity
    print(f"fetchUserIdentity: {aliases.identity.to_dict()}")
    aliases = client.fetch_user_identity(APP_ID, SUBSCRIPTION_ID)  # = fetch_aliases
    print(f"fetch_user_identity (by subscription): {aliases.identity.to_dict()}")

    aliases = client.identifyUserByAlias(
        APP_ID,
        "external_id",
        EXTERNAL_ID,
        {"identity": {"crm_id": "SF-0038821", "loyalty_number": "LY-448120"}},
    )  # identify_user_by_alias, create_alias
    print(f"identifyUserByAlias: {sorted(aliases.identity.to_dict())}")

    iams = client.get_eligible_iams(APP_ID, SUBSCRIPTION_ID)  # getEligibleIams
    print(f"get_eligible_iams: {len(iams.in_app_messages)} message(s)")
    for message in iams.in_app_messages:
        print(f"  {message.id}")

    gone = client.deleteUser(APP_ID, "external_id", EXTERNAL_ID)  # delete_user
    print(f"deleteUser: removed {gone.identity['onesignal_id']}")
