// The app speaks the languages of the claims (`Claims.Language`, `Claims.LocalizedText`): one
// definition, re-exported so the app's users see the same types.
@_exported import enum Claims.Language
@_exported import struct Claims.LocalizedText
