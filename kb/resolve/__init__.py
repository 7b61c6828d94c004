"""Resolution across documents: organisations and persons named differently in different documents.

Pure rules (`orgnames`, `organizations`, `persons`) plus the user's alias file (`aliases`); the
knowledge base applies them in `kb/derived.py` and stores the clusters (`org_clusters`,
`person_clusters`). See kb/SCHEMA.md, "Resolution rules".
"""

from kb.resolve.aliases import AliasFile, EntityRules, load_aliases
from kb.resolve.organizations import OrgCluster, OrgInput, resolve_organizations
from kb.resolve.orgnames import org_key
from kb.resolve.persons import PersonCluster, PersonInput, person_key, resolve_persons

__all__ = [
    "AliasFile",
    "EntityRules",
    "OrgCluster",
    "OrgInput",
    "PersonCluster",
    "PersonInput",
    "load_aliases",
    "org_key",
    "person_key",
    "resolve_organizations",
    "resolve_persons",
]
